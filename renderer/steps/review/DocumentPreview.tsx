import type { Block, DocumentModel, Line } from '../../../shared/document';
import { badgeColours, PALETTE } from '../../../shared/document/theme';

/** One line of runs: bold, italic, tones and links as the renderers would print them (one palette). */
function Runs({ line }: { line: Line }) {
  return (
    <>
      {line.map((inline, index) => {
        if (typeof inline === 'string') return inline;
        const style = {
          fontWeight: inline.bold ? 600 : undefined,
          fontStyle: inline.italic || inline.tone === 'muted' ? 'italic' : undefined,
          color: inline.tone ? `#${PALETTE.tones[inline.tone]}` : undefined,
        };
        return inline.link ? (
          <a key={index} href={inline.link} target="_blank" rel="noreferrer" style={style}>
            {inline.text}
          </a>
        ) : (
          <span key={index} style={style}>
            {inline.text}
          </span>
        );
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading': {
      const Tag = (['h4', 'h5', 'h6', 'h6'] as const)[block.level - 1]!;
      return <Tag className={`doc-h${block.level}`}>{block.text}</Tag>;
    }
    case 'paragraph':
      return (
        <p className={block.style ? `doc-${block.style}` : undefined}>
          <Runs line={block.content} />
        </p>
      );
    case 'bullets':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>
              <Runs line={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div className="table-scroll">
          <table className={`doc-table${block.compact ? ' doc-table-compact' : ''}`}>
            <thead>
              <tr>
                {block.columns.map((column, index) => (
                  <th key={index} scope="col">
                    {column.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td
                      key={c}
                      style={{
                        background: cell.shade
                          ? `#${cell.shade === 'gap' ? PALETTE.gapFill : PALETTE.linkFill}`
                          : undefined,
                        textAlign: cell.align,
                      }}
                    >
                      {cell.lines.map((line, l) => (
                        <div key={l}>
                          <Runs line={line} />
                        </div>
                      ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'keyValue':
      return (
        <dl className="doc-kv">
          {block.rows.map((row, index) => (
            <div key={index}>
              <dt>
                {row.label}
                {row.note && <small> · {row.note}</small>}
              </dt>
              <dd>
                {row.value.map((line, l) => (
                  <div key={l}>
                    <Runs line={line} />
                  </div>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'note':
      return (
        <div className={`doc-note doc-note-${block.tone}`}>
          {block.content.map((line, index) => (
            <p key={index}>
              <Runs line={line} />
            </p>
          ))}
        </div>
      );
    case 'badges':
      return (
        <p className="doc-badges">
          {block.items.map((item) => (
            <span
              key={item.text}
              className="doc-badge"
              style={{ borderColor: `#${item.color}`, background: `#${badgeColours(item.color).fill}` }}
            >
              {item.text}
            </span>
          ))}
        </p>
      );
    case 'signOff':
      return (
        <table className="doc-table">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{block.labels.name}</th>
              <th scope="col">{block.labels.signature}</th>
              <th scope="col">{block.labels.date}</th>
            </tr>
          </thead>
          <tbody>
            {block.roles.map((role) => (
              <tr key={role}>
                <th scope="row">{role}</th>
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'pageBreak':
      return <hr className="doc-page-break" />;
  }
}

/** The document model drawn as a page: the same content the DOCX and PDF will hold. */
export function DocumentPreview({ model, label }: { model: DocumentModel; label: string }) {
  return (
    // Focusable so keyboard users can scroll the preview.
    <div
      className="document-preview"
      lang={model.language}
      dir={model.direction}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {model.cover && (
        <div className="doc-cover" style={{ borderColor: `#${model.cover.accent}` }}>
          <p className="doc-eyebrow">{model.cover.eyebrow}</p>
          <p className="doc-title">{model.cover.title}</p>
          <p className="doc-subtitle">{model.cover.subtitle}</p>
          <dl className="doc-kv">
            {model.cover.facts.map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {model.blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </div>
  );
}
