// Types for fresh-build.js, which the tests of built files read.
export declare function buildProblem(outputs: string[], sources: string[]): string | undefined;
export declare const BUILD_SOURCES: string[];
export declare const CLI_SOURCES: string[];
