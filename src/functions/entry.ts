// Entry of the functions bundle: the fallback must be in place before functions.ts runs its
// appended CustomFunctions.associate calls, hence a module of its own imported first.
import "./install-fallback";
import "./functions";
import "./aliases";

// Start-up benchmarks and the e2e test read this mark: every function is associated now.
performance.mark("se:functions-associated");
