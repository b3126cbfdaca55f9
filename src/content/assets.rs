//! The pictures a guide uses: where their bytes come from, and whether one can be shown (the
//! warnings `check` gives about them are in `checks::pictures`). No egui.

use std::path::{Path, PathBuf};

use crate::content::{EMBEDDED_ASSETS, Origin};
use crate::system::read;

/// The largest picture file read, in bytes.
pub const MAX_PICTURE_BYTES: u64 = 8 * 1024 * 1024;

/// The most pixels a picture may have on either side: every graphics card takes a texture this
/// large (many refuse 8192 or more), and a reading column is never wider.
pub const MAX_PICTURE_SIDE_PX: u32 = 4096;

/// Where a picture's bytes are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picture {
    /// Compiled into the binary (the built-in guide's pictures).
    Embedded(&'static [u8]),

    /// A file on disk, relative to the content file.
    File(PathBuf),

    /// The built-in guide names a picture the binary does not carry.
    Missing,
}

/// Where the picture at `path` (as written in content.ron) is, for content from `origin`.
pub fn picture(origin: &Origin, path: &str) -> Picture {
    match origin {
        Origin::Embedded => EMBEDDED_ASSETS
            .iter()
            .find(|(name, _)| *name == path)
            .map_or(Picture::Missing, |(_, bytes)| Picture::Embedded(bytes)),
        Origin::File(content) => Picture::File(content_dir(content).join(path)),
    }
}

/// The folder of the content file, empty for a bare file name: paths joined to it then read
/// `assets/x.png`, not `./assets/x.png`.
pub(super) fn content_dir(content: &Path) -> &Path {
    content.parent().unwrap_or(Path::new(""))
}

/// Why a picture cannot be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureProblem {
    /// Larger than [`MAX_PICTURE_SIDE_PX`] or [`MAX_PICTURE_BYTES`].
    TooLarge(String),

    /// Missing, not a file, or not a PNG.
    Unreadable(String),
}

impl std::fmt::Display for PictureProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge(reason) | Self::Unreadable(reason) => f.write_str(reason),
        }
    }
}

/// Reads the picture at `path` (a regular file, at most [`MAX_PICTURE_BYTES`]) and checks its size
/// from its header with [`picture_size_problem`], without decoding it.
pub fn read_picture(path: &Path) -> Result<Vec<u8>, PictureProblem> {
    let bytes = read::read_capped(path, MAX_PICTURE_BYTES).map_err(|err| match err {
        read::ReadError::TooLarge { .. } => PictureProblem::TooLarge(err.to_string()),
        err => PictureProblem::Unreadable(err.to_string()),
    })?;
    picture_size_problem(&bytes)?;
    Ok(bytes)
}

fn unreadable(err: image::ImageError) -> PictureProblem {
    PictureProblem::Unreadable(format!("not a readable PNG: {err}"))
}

/// Checks, from the header only, that `bytes` are a PNG of at most [`MAX_PICTURE_SIDE_PX`] on
/// each side: what the app checks before a picture goes to the graphics card.
pub fn picture_size_problem(bytes: &[u8]) -> Result<(), PictureProblem> {
    let reader =
        image::ImageReader::with_format(std::io::Cursor::new(bytes), image::ImageFormat::Png);
    let (width, height) = reader.into_dimensions().map_err(unreadable)?;
    if width > MAX_PICTURE_SIDE_PX || height > MAX_PICTURE_SIDE_PX {
        return Err(PictureProblem::TooLarge(format!(
            "it is {width}×{height} px; pictures may be at most {MAX_PICTURE_SIDE_PX} px on each side"
        )));
    }
    Ok(())
}

/// [`picture_size_problem`], then a full decode: what `check` does.
pub fn picture_problem(bytes: &[u8]) -> Result<(), PictureProblem> {
    picture_size_problem(bytes)?;
    image::load_from_memory_with_format(bytes, image::ImageFormat::Png)
        .map(drop)
        .map_err(unreadable)
}
