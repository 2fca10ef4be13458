/**
 * The only host global the core uses beyond ECMAScript: structuredClone, present in every
 * runtime the add-in supports (browsers, Office's web views, Node 17+). Declared here because
 * src/core/tsconfig.json compiles the core without DOM or Node types.
 */
declare function structuredClone<T>(value: T): T;
