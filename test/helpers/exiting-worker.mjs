// A stand-in batch worker that exits while loading, before it posts that it is ready.
process.exit(7);
