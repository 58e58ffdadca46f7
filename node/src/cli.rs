//! Command-line interface of the node.

use sc_cli::RunCmd;

/// Options of the `wellbeing-node` command.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// Subcommand; without one, the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Options of a running node.
	#[clap(flatten)]
	pub run: RunCmd,
}

/// Subcommands of `wellbeing-node`.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate and inspect keys, generate a network (node) key.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Writes a chain spec (`--chain dev|local|pilot` or a file) to standard output.
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Validates a block.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Exports blocks to a file.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Exports the state of a block as a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Imports blocks from a file.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Deletes the chain's database.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Reverts the chain by a number of blocks.
	Revert(sc_cli::RevertCmd),

	/// Prints information about the chain's database.
	ChainInfo(sc_cli::ChainInfoCmd),
}
