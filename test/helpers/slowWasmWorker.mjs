// The real embedding worker on a machine where compiling WebAssembly is slow (several test files or
// evals at once): the wasm backend is still initialising when the model's weights have been read.
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = (...args) => new Promise((r) => setTimeout(r, 1500)).then(() => instantiate.apply(WebAssembly, args));
await import("../../index/embedders/useWorker.mjs");
