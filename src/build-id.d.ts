// The build's identity (package version and commit), set by vite.config.ts; saves record it.
declare const __BUILD_ID__: string;
