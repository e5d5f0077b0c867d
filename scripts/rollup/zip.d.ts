// Types for zip.js, which the zip test reads.
export declare function zipFiles(files: { name: string; data: Uint8Array }[]): Buffer;
