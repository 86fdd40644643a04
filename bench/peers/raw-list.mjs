// Peer for the library benchmark: the 50 most recent designs straight from the library file with
// better-sqlite3, the least a program can do to answer `challenge-designer list`.
// Usage: node bench/peers/raw-list.mjs <library.sqlite>
import Database from 'better-sqlite3';

const db = new Database(process.argv[2], { fileMustExist: true });
const rows = db
  .prepare(
    'SELECT id, title, interpretation, status, updated FROM designs WHERE deleted_at IS NULL ORDER BY saved_at DESC LIMIT 50',
  )
  .all();
for (const row of rows)
  console.log(
    `${row.id}  ${row.updated.slice(0, 10)}  ${row.interpretation.padEnd(11)}  ${row.status.padEnd(17)}  ${row.title}`,
  );
db.close();
