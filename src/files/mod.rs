//! The disk and the desktop: capped reads of regular files, atomic writes, export targets,
//! watching the content file, and opening folders and links in the system's handler.

pub mod export_target;
pub mod opener;
pub mod read;
pub mod watch;
