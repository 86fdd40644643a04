// Peer for the library benchmark: full-text search straight from the library file with
// better-sqlite3, ranking in the index first and reading only the 50 best designs.
// Usage: node bench/peers/raw-search.mjs <library.sqlite> <FTS5 query>
import Database from 'better-sqlite3';

const db = new Database(process.argv[2], { fileMustExist: true });
const rows = db
  .prepare(
    `SELECT d.id, d.title, d.interpretation, d.status, d.updated
     FROM (SELECT rowid, bm25(designs_fts, 10.0, 3.0, 2.0, 1.0) AS score FROM designs_fts
           WHERE designs_fts MATCH ? ORDER BY score LIMIT 50) AS hit
     JOIN designs AS d ON d.rowid = hit.rowid
     WHERE d.deleted_at IS NULL ORDER BY hit.score`,
  )
  .all(process.argv[3]);
for (const row of rows)
  console.log(
    `${row.id}  ${row.updated.slice(0, 10)}  ${row.interpretation.padEnd(11)}  ${row.status.padEnd(17)}  ${row.title}`,
  );
db.close();
