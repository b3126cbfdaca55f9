//! The before/after pair as it goes into the report: read from the data folder within limits,
//! scaled and encoded again so the file stays small.

use std::path::Path;

use crate::output::report::gather::place;
use crate::output::report::*;
use crate::text::dates;
use crate::user_data::UserData;
use crate::user_data::diary::photos::{MAX_PHOTO_BYTES, photo_file_name, photos_dir};

/// The long side, in pixels, of each photo as put in the report: sharp when printed at the
/// report's size (about 8 cm at 300 dpi), and small enough to keep the file light.
const PHOTO_LONG_SIDE_PX: u32 = 1000;

/// Reads, scales and re-encodes the before and after photos `ids` from the data folder.
pub fn load_photos(
    progress: &UserData,
    data_dir: &Path,
    (before, after): (u64, u64),
) -> Result<[Photo; 2], ReportError> {
    let dir = photos_dir(data_dir);
    let first_session = progress.sessions.first().map(|session| session.date);
    let load = |id: u64, which: &str| -> Result<Photo, ReportError> {
        let record = progress.diary.photo(id).ok_or(ReportError::NoPhoto(id))?;
        let fail = |reason: String| ReportError::Photo {
            day: record.day,
            reason,
        };
        let bytes =
            crate::system::read::read_capped(&dir.join(photo_file_name(id)), MAX_PHOTO_BYTES)
                .map_err(|err| fail(err.to_string()))?;
        let (jpeg, width, height) = scale_jpeg(&bytes).map_err(|err| fail(err.to_string()))?;
        let when = match (place(progress, record.day), first_session) {
            (Some(place), _) => place,
            (None, Some(first)) if record.day < first => "before Session 1".to_owned(),
            _ => "no session yet".to_owned(),
        };
        Ok(Photo {
            day: record.day,
            caption: format!("{which}: {} ({when})", dates::weekday_date(record.day)),
            jpeg,
            width,
            height,
        })
    };
    Ok([load(before, "Before")?, load(after, "After")?])
}

/// The stored photo decoded within limits, scaled to [`PHOTO_LONG_SIDE_PX`] and encoded again as
/// JPEG: (bytes, width, height).
fn scale_jpeg(bytes: &[u8]) -> Result<(Vec<u8>, u32, u32), image::ImageError> {
    let mut reader =
        image::ImageReader::with_format(std::io::Cursor::new(bytes), image::ImageFormat::Jpeg);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(crate::user_data::diary::photos::MAX_PHOTO_SIDE_PX);
    limits.max_image_height = Some(crate::user_data::diary::photos::MAX_PHOTO_SIDE_PX);
    limits.max_alloc = Some(crate::user_data::diary::photos::MAX_DECODE_BYTES);
    reader.limits(limits);
    let image = reader.decode()?;
    let image = if image.width().max(image.height()) > PHOTO_LONG_SIDE_PX {
        image.resize(
            PHOTO_LONG_SIDE_PX,
            PHOTO_LONG_SIDE_PX,
            image::imageops::FilterType::Triangle,
        )
    } else {
        image
    };
    let rgb = image.to_rgb8();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 82).encode_image(&rgb)?;
    Ok((jpeg, rgb.width(), rgb.height()))
}

/// The photos a person can pick from: (id, "Mon 2 Mar 2026 · Session 1 · day 3").
pub fn photo_choices(progress: &UserData) -> Vec<(u64, String)> {
    progress
        .diary
        .photos
        .iter()
        .map(|photo| {
            let label = match place(progress, photo.day) {
                Some(place) => format!("{} · {place}", dates::weekday_date(photo.day)),
                None => dates::weekday_date(photo.day),
            };
            (photo.id, label)
        })
        .collect()
}
