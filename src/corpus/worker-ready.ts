/**
 * What a batch thread posts once its modules have loaded, before any result. A thread that dies
 * before saying so could not start (a broken install, a heap limit too small for the parser): no
 * file is to blame, and starting another thread for each file would fail the same way.
 */
export const WORKER_READY = 'kehoach:worker-ready';
