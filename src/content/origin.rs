//! Where the guide's text was read from: a file, or the copy compiled into the app.

use std::fmt;
use std::path::PathBuf;

/// Where the guide's text was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A `content.ron` on disk.
    File(PathBuf),

    /// The copy compiled into the binary.
    Embedded,
}

impl Origin {
    /// Picks the content the app should use: the `--content` path, or else the built-in copy.
    ///
    /// A `content.ron` that happens to be in the working directory is never picked up by itself:
    /// a file planted where the person starts the app must not change what a medical guide says.
    pub fn resolve(explicit: Option<PathBuf>) -> Self {
        explicit.map_or(Self::Embedded, Self::File)
    }

    /// Whether this is the guide compiled into the app.
    pub fn is_embedded(&self) -> bool {
        matches!(self, Self::Embedded)
    }
}

/// How messages and the status line name an origin: the path, or "built-in guide".
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::File(path) => write!(f, "{}", path.display()),
            Self::Embedded => f.write_str("built-in guide"),
        }
    }
}
