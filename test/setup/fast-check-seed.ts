import fc from 'fast-check';

// Property tests run on a fixed seed, so a CI run is reproducible and a red run can be replayed.
// FC_SEED=random explores new cases (npm run fuzz does the long exploration).
const seed = process.env['FC_SEED'];
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261124 });
