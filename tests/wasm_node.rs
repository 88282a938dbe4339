//! The WebAssembly API in Node (`wasm-pack test --node`).
#![cfg(target_arch = "wasm32")]

mod wasm_api;
use wasm_bindgen_test::wasm_bindgen_test;

wasm_api_tests!();
