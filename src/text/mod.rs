//! Text shared by every layer: dates in words, escaping, and how close two words are.

pub mod case;
pub mod dates;
pub mod edit_distance;
pub mod escape;
