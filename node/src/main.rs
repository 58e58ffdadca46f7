//! Authority node of the wellbeing chain.

// `sc_cli::Error`, which the runner's API fixes as the error type, is large; boxing it here
// would not change what the runner returns.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
