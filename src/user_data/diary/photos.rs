//! The diary's photos on disk: importing a copy (upright, without metadata, scaled, with a
//! thumbnail), deleting it, and finding files the data file does not know. No egui.
//!
//! An import writes the photo's files first (each to a temporary file, flushed, then renamed) and
//! only then is its record saved in the data file: a kill at any moment leaves either no record,
//! or a record with its complete file. A kill between the two leaves files without a record,
//! which [`unknown_files`] reports and nothing deletes.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::{DynamicImage, ImageDecoder as _, ImageFormat, ImageReader, Limits};
use jiff::civil::Date;

pub mod imports;

use crate::system::read::{self as fsread, ReadError};
use crate::user_data::diary::{Diary, PhotoRecord};

pub use imports::{Finished, Imports};

/// The folder inside the data folder that holds the photos.
pub const PHOTOS_DIR: &str = "photos";

/// The largest photo file read: far above any camera's JPEG.
pub const MAX_PHOTO_BYTES: u64 = 64 * 1024 * 1024;

/// The widest or tallest photo decoded, in pixels (a 100-megapixel camera is under 12,000).
pub const MAX_PHOTO_SIDE_PX: u32 = 16_384;

/// The most memory the decoder may take for one photo.
pub const MAX_DECODE_BYTES: u64 = 512 * 1024 * 1024;

/// The long side of the stored copy, in pixels.
pub const STORED_LONG_SIDE_PX: u32 = 2048;

/// The long side of a thumbnail, in pixels.
pub const THUMB_LONG_SIDE_PX: u32 = 256;

/// JPEG quality of the stored copy.
const STORED_QUALITY: u8 = 90;

/// JPEG quality of a thumbnail.
const THUMB_QUALITY: u8 = 80;

/// Why a photo could not be imported. The message says what to do instead.
#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    /// The file could not be read (missing, a folder, too large, no permission).
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: ReadError,
    },

    /// The bytes are not a JPEG or PNG picture.
    #[error("{} is not a photo Skincare Guide can read; choose a JPEG or PNG file", path.display())]
    NotAnImage {
        /// The file.
        path: PathBuf,
    },

    /// The picture is larger than the diary decodes.
    #[error("{} is too large a picture ({reason}); choose a smaller photo", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// What the limit said.
        reason: String,
    },

    /// The picture is damaged or cut short.
    #[error("{} could not be read as a picture; it may be damaged or incomplete ({reason})", path.display())]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What the decoder said.
        reason: String,
    },

    /// The copy could not be written.
    #[error("cannot save the photo's copy in {}: {source}", dir.display())]
    Write {
        /// The photos folder.
        dir: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// A photo ready to be written: the stored copy and its thumbnail, as JPEG bytes.
#[derive(Debug)]
pub struct Prepared {
    /// The upright, scaled copy, without metadata.
    pub photo_jpeg: Vec<u8>,

    /// The thumbnail.
    pub thumb_jpeg: Vec<u8>,

    /// The copy's width in pixels.
    pub width: u32,

    /// The copy's height in pixels.
    pub height: u32,
}

/// The stored copy's file name for photo `id`.
pub fn photo_file_name(id: u64) -> String {
    format!("{id}.jpg")
}

/// The thumbnail's file name for photo `id`.
pub fn thumb_file_name(id: u64) -> String {
    format!("{id}.thumb.jpg")
}

/// The photos folder of the data folder `data_dir`.
pub fn photos_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(PHOTOS_DIR)
}

/// Reads and decodes the photo at `path` within the limits, turns it upright from its EXIF
/// orientation, scales it to [`STORED_LONG_SIDE_PX`] and encodes it and its thumbnail afresh:
/// no metadata of the original (EXIF, GPS, camera) is carried over.
pub fn prepare(path: &Path) -> Result<Prepared, PhotoError> {
    let bytes = fsread::read_capped(path, MAX_PHOTO_BYTES).map_err(|source| PhotoError::Read {
        path: path.to_owned(),
        source,
    })?;
    prepare_bytes(path, &bytes)
}

/// [`prepare`] for bytes already read; `path` names them in messages.
pub fn prepare_bytes(path: &Path, bytes: &[u8]) -> Result<Prepared, PhotoError> {
    let format = match image::guess_format(bytes) {
        Ok(format @ (ImageFormat::Jpeg | ImageFormat::Png)) => format,
        _ => {
            return Err(PhotoError::NotAnImage {
                path: path.to_owned(),
            });
        }
    };
    let decode_error = |err: image::ImageError| match err {
        image::ImageError::Limits(limit) => PhotoError::TooLarge {
            path: path.to_owned(),
            reason: limit.to_string(),
        },
        other => PhotoError::Damaged {
            path: path.to_owned(),
            reason: other.to_string(),
        },
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_PHOTO_SIDE_PX);
    limits.max_image_height = Some(MAX_PHOTO_SIDE_PX);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(decode_error)?;
    // A photo whose orientation tag cannot be read is kept as it is stored.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder).map_err(decode_error)?;
    picture.apply_orientation(orientation);
    let stored = if picture.width().max(picture.height()) > STORED_LONG_SIDE_PX {
        picture.resize(
            STORED_LONG_SIDE_PX,
            STORED_LONG_SIDE_PX,
            image::imageops::FilterType::Triangle,
        )
    } else {
        picture
    };
    let stored = DynamicImage::ImageRgb8(stored.into_rgb8());
    let thumb = stored.thumbnail(THUMB_LONG_SIDE_PX, THUMB_LONG_SIDE_PX);
    let encode = |picture: &DynamicImage, quality: u8| {
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
            .encode_image(picture)
            .map(|()| out)
            .map_err(|err| PhotoError::Damaged {
                path: path.to_owned(),
                reason: err.to_string(),
            })
    };
    Ok(Prepared {
        photo_jpeg: encode(&stored, STORED_QUALITY)?,
        thumb_jpeg: encode(&thumb, THUMB_QUALITY)?,
        width: stored.width(),
        height: stored.height(),
    })
}

/// Writes a prepared photo's files for `id` into `dir`: the thumbnail, then the photo, each
/// flushed to disk and renamed into place. The caller saves the record only after this returns.
pub fn store(dir: &Path, id: u64, prepared: &Prepared) -> Result<(), PhotoError> {
    let write = |name: String, bytes: &[u8]| {
        crate::system::atomic::write_atomically(&dir.join(name), bytes).map_err(|source| {
            PhotoError::Write {
                dir: dir.to_owned(),
                source,
            }
        })
    };
    write(thumb_file_name(id), &prepared.thumb_jpeg)?;
    write(photo_file_name(id), &prepared.photo_jpeg)
}

/// A decoded picture for the screen: RGBA pixels, row by row.
#[derive(Debug)]
pub struct Decoded {
    /// Width in pixels.
    pub width: u32,

    /// Height in pixels.
    pub height: u32,

    /// Four bytes per pixel.
    pub rgba: Vec<u8>,
}

/// Reads one of the diary's own files (a stored copy or a thumbnail) for display, with the same
/// size limits as an import, scaled down to `max_side_px` if larger.
pub fn decode_for_display(path: &Path, max_side_px: u32) -> Result<Decoded, PhotoError> {
    let bytes = fsread::read_capped(path, MAX_PHOTO_BYTES).map_err(|source| PhotoError::Read {
        path: path.to_owned(),
        source,
    })?;
    let mut reader = ImageReader::new(Cursor::new(&bytes))
        .with_guessed_format()
        .map_err(|_| PhotoError::NotAnImage {
            path: path.to_owned(),
        })?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_PHOTO_SIDE_PX);
    limits.max_image_height = Some(MAX_PHOTO_SIDE_PX);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let picture = reader.decode().map_err(|err| PhotoError::Damaged {
        path: path.to_owned(),
        reason: err.to_string(),
    })?;
    let picture = if picture.width().max(picture.height()) > max_side_px {
        picture.thumbnail(max_side_px, max_side_px)
    } else {
        picture
    };
    let rgba = picture.into_rgba8();
    Ok(Decoded {
        width: rgba.width(),
        height: rgba.height(),
        rgba: rgba.into_raw(),
    })
}

/// Prepares and stores the photo at `source` as photo `id` filed under `day`, returning its
/// record for the data file. Slow (a large photo takes a good part of a second): call it off the
/// UI thread, as [`Imports`] does.
pub fn import(source: &Path, dir: &Path, id: u64, day: Date) -> Result<PhotoRecord, PhotoError> {
    let prepared = prepare(source)?;
    store(dir, id, &prepared)?;
    Ok(PhotoRecord {
        id,
        day,
        width: prepared.width,
        height: prepared.height,
    })
}

/// Deletes photo `id`'s files from `dir`; files already gone are fine.
pub fn delete_files(dir: &Path, id: u64) -> std::io::Result<()> {
    for name in [photo_file_name(id), thumb_file_name(id)] {
        match std::fs::remove_file(dir.join(name)) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => return Err(err),
            _ => {}
        }
    }
    Ok(())
}

/// The names of files in `dir` that belong to no photo record, sorted. Temporary files of a
/// write in progress are left out. They are reported, never deleted: they may be the person's.
pub fn unknown_files(dir: &Path, diary: &Diary) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let known: std::collections::BTreeSet<String> = diary
        .photos
        .iter()
        .flat_map(|photo| [photo_file_name(photo.id), thumb_file_name(photo.id)])
        .collect();
    let mut unknown: Vec<String> = entries
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| {
            let temporary = name.starts_with('.') && name.ends_with(".tmp");
            !temporary && !known.contains(name)
        })
        .collect();
    unknown.sort();
    unknown
}

#[cfg(test)]
mod tests;
