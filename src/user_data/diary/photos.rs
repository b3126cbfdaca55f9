//! The diary's photos on disk: importing a copy (upright, without metadata, scaled, with a
//! thumbnail), deleting it, and finding files the data file does not know. No egui.
//!
//! An import writes the photo's files first (each to a temporary file, flushed, then renamed) and
//! only then is its record saved in the data file: a kill at any moment leaves either no record,
//! or a record with its complete file. A kill between the two leaves files without a record,
//! which [`unknown_files`] reports and nothing deletes.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use image::{DynamicImage, ImageDecoder as _, ImageFormat, ImageReader, Limits};
use jiff::civil::Date;

use crate::system::read::{self as fsread, ReadError};
use crate::user_data::diary::{Diary, PhotoRecord};

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
        crate::user_data::store::write_atomically(&dir.join(name), bytes).map_err(|source| {
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

/// The end of one import.
#[derive(Debug)]
pub struct Finished {
    /// The file the person chose.
    pub source: PathBuf,

    /// The record to save, or why there is none.
    pub result: Result<PhotoRecord, PhotoError>,
}

/// Imports running on background threads, one thread each, so that a large photo never holds
/// up a frame.
#[derive(Debug)]
pub struct Imports {
    sender: Sender<Finished>,
    receiver: Receiver<Finished>,
    running: usize,
}

impl Default for Imports {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            running: 0,
        }
    }
}

impl Imports {
    /// Starts importing `source` as photo `id`; `wake` is called when it ends (the UI asks for a
    /// repaint there).
    pub fn start(
        &mut self,
        source: PathBuf,
        dir: PathBuf,
        id: u64,
        day: Date,
        wake: impl FnOnce() + Send + 'static,
    ) {
        let sender = self.sender.clone();
        let spawned = std::thread::Builder::new()
            .name("photo-import".to_owned())
            .spawn({
                let source = source.clone();
                move || {
                    let result = import(&source, &dir, id, day);
                    // The receiver is gone only when the app is closing.
                    let _ = sender.send(Finished { source, result });
                    wake();
                }
            });
        match spawned {
            Ok(_) => self.running += 1,
            Err(err) => {
                let _ = self.sender.send(Finished {
                    source,
                    result: Err(PhotoError::Write {
                        dir: PathBuf::new(),
                        source: err,
                    }),
                });
            }
        }
    }

    /// How many imports are still running.
    pub fn running(&self) -> usize {
        self.running
    }

    /// The imports that ended since the last call.
    pub fn finished(&mut self) -> Vec<Finished> {
        let done: Vec<Finished> = self.receiver.try_iter().collect();
        self.running = self.running.saturating_sub(done.len());
        done
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_file_is_not_imported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.jpg");
        std::fs::write(&path, "not a photo").unwrap();
        let err = prepare(&path).unwrap_err();
        assert!(matches!(err, PhotoError::NotAnImage { .. }), "{err}");
        assert!(err.to_string().contains("choose a JPEG or PNG file"));
    }

    #[test]
    fn a_truncated_jpeg_is_reported_as_damaged() {
        let picture = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
            64,
            64,
            image::Rgb([200, 30, 30]),
        ));
        let mut jpeg = Vec::new();
        picture
            .write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg)
            .unwrap();
        jpeg.truncate(jpeg.len() / 3);
        let err = prepare_bytes(Path::new("cut.jpg"), &jpeg).unwrap_err();
        assert!(matches!(err, PhotoError::Damaged { .. }), "{err}");
    }

    #[test]
    fn a_picture_wider_than_the_limit_is_refused_before_decoding() {
        // A PNG header claiming 20,000 × 1 pixels: refused by the limits, not decoded.
        let picture = DynamicImage::ImageLuma8(image::GrayImage::new(20_000, 1));
        let mut png = Vec::new();
        picture
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        let err = prepare_bytes(Path::new("wide.png"), &png).unwrap_err();
        assert!(matches!(err, PhotoError::TooLarge { .. }), "{err}");
    }

    #[test]
    fn a_large_photo_is_scaled_to_the_stored_size_with_a_thumbnail() {
        let picture = DynamicImage::ImageRgb8(image::RgbImage::new(3000, 1500));
        let mut png = Vec::new();
        picture
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        let prepared = prepare_bytes(Path::new("big.png"), &png).unwrap();
        assert_eq!((prepared.width, prepared.height), (2048, 1024));
        let thumb = image::load_from_memory(&prepared.thumb_jpeg).unwrap();
        assert_eq!(thumb.width(), THUMB_LONG_SIDE_PX);
    }

    #[test]
    fn unknown_files_are_listed_but_not_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let mut diary = Diary::default();
        diary.add_photo(PhotoRecord {
            id: 1,
            day: jiff::civil::date(2026, 12, 1),
            width: 1,
            height: 1,
        });
        for name in [
            "1.jpg",
            "1.thumb.jpg",
            "7.jpg",
            "holiday.png",
            ".7.jpg.abc.tmp",
        ] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        assert_eq!(unknown_files(dir.path(), &diary), ["7.jpg", "holiday.png"]);
        assert!(dir.path().join("holiday.png").exists());
    }
}
