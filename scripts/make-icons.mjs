// `npm run icons`: renders build/icon.svg into the icons electron-builder packs, offline:
// build/icons/<size>x<size>.png (Linux, and the window icon), build/icon.png (1024 px),
// build/icon.ico (Windows: 16-256 px) and build/icon.icns (macOS: 16-1024 px).
// resvg renders the SVG; png2icons writes ICO and ICNS (pure JavaScript, no system tools).
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import png2icons from 'png2icons';

const svg = readFileSync('build/icon.svg');
const render = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

mkdirSync('build/icons', { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) writeFileSync(`build/icons/${size}x${size}.png`, render(size));
const large = render(1024);
writeFileSync('build/icon.png', large);
// Bicubic scaling from 1024 px; PNG-compressed entries keep the files small.
writeFileSync('build/icon.ico', png2icons.createICO(large, png2icons.BICUBIC2, 0, true, true));
writeFileSync('build/icon.icns', png2icons.createICNS(large, png2icons.BICUBIC2, 0));
console.log('Icons written to build/ from build/icon.svg.');
