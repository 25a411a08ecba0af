// A stand-in batch worker that fails while loading, as a broken install would: it throws before
// it posts that it is ready.
throw new Error('Cannot find module "kehoach-missing-part"');
