/**
 * seedrandom's Alea on its own (`seedrandom/lib/alea.js`, a file of the package that its
 * README offers for use alone): the same function as `seedrandom.alea`, whose types
 * @types/seedrandom declares only on the package's main entry.
 */
declare module 'seedrandom/lib/alea.js' {
  import type seedrandom from 'seedrandom';

  const alea: typeof seedrandom.alea;
  export default alea;
}
