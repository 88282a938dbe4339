//! The `claimcheck` command line: reads files, calls the core, prints.
//!
//! Exit status: 0 when nothing is a discrepancy or outdated, 1 when something is, 2 on
//! a usage or input error.

#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod cli_facts;
#[cfg(not(target_arch = "wasm32"))]
mod cli_html;
#[cfg(not(target_arch = "wasm32"))]
mod cli_lint;
#[cfg(not(target_arch = "wasm32"))]
mod cli_recheck;
#[cfg(not(target_arch = "wasm32"))]
mod cli_validate;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
