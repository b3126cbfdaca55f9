//! The diary's data on disk: a format-2 file migrates with nothing lost, and imported photos are
//! stored upright with no metadata left.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use std::io::Cursor;

use image::ImageDecoder as _;
use jiff::civil::date;
use skincare_guide::user_data::diary::photos;
use skincare_guide::user_data::store::{DATA_FILE_NAME, Store};
use skincare_guide::user_data::tab::Tab;
use skincare_guide::user_data::{FORMAT_VERSION, Scope};

#[test]
fn a_format_2_file_migrates_to_format_3_with_nothing_lost() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = include_str!("../fixtures/progress-v2.ron");
    std::fs::write(dir.path().join(DATA_FILE_NAME), fixture).unwrap();

    let mut store = Store::new(dir.path());
    let loaded = store.load();
    assert_eq!(loaded.notice, None);
    let progress = loaded.progress;
    assert_eq!(progress.format_version, FORMAT_VERSION);
    assert_eq!(FORMAT_VERSION, 3);
    assert_eq!(progress.last_tab(), Tab::Checklist);
    let dates: Vec<_> = progress.sessions.iter().map(|s| (s.id, s.date)).collect();
    assert_eq!(dates, [(1, date(2026, 12, 7)), (4, date(2027, 1, 18))]);
    for id in ["an-item-since-removed", "avoid-sun-tan"] {
        assert!(progress.is_ticked(Scope::Session(1), id), "{id}");
    }
    assert!(progress.is_ticked(Scope::Session(4), "moisturise"));
    assert_eq!(progress.next_session_id, 5);
    assert_eq!(progress.selected_session, Some(4));
    assert_eq!(progress.display.text_size_percent, 125);
    assert_eq!(progress.display.theme.as_deref(), Some("dark"));
    assert!(progress.reminders.daily);
    assert_eq!(
        (progress.reminders.hour, progress.reminders.minute),
        (8, 30)
    );
    assert!(progress.diary.check_ins.is_empty() && progress.diary.photos.is_empty());

    // Saved as format 3 and read back, nothing changes.
    store.save(&progress).unwrap();
    let text = std::fs::read_to_string(dir.path().join(DATA_FILE_NAME)).unwrap();
    assert!(text.contains("format_version: 3"), "{text}");
    assert_eq!(Store::new(dir.path()).load().progress, progress);
}

/// A TIFF/EXIF block (little-endian) with an orientation tag and a GPS latitude reference.
fn exif_with_orientation_and_gps(orientation: u16) -> Vec<u8> {
    let mut tiff: Vec<u8> = b"II*\0".to_vec();
    tiff.extend(8u32.to_le_bytes());
    // IFD0 at offset 8: two entries, then the next-IFD offset.
    tiff.extend(2u16.to_le_bytes());
    // Orientation (0x0112), SHORT, 1 value.
    tiff.extend(0x0112u16.to_le_bytes());
    tiff.extend(3u16.to_le_bytes());
    tiff.extend(1u32.to_le_bytes());
    tiff.extend(orientation.to_le_bytes());
    tiff.extend([0, 0]);
    // GPSInfo pointer (0x8825), LONG, to the GPS IFD at offset 38.
    tiff.extend(0x8825u16.to_le_bytes());
    tiff.extend(4u16.to_le_bytes());
    tiff.extend(1u32.to_le_bytes());
    tiff.extend(38u32.to_le_bytes());
    tiff.extend(0u32.to_le_bytes());
    assert_eq!(tiff.len(), 38);
    // GPS IFD: GPSLatitudeRef (1), ASCII, "N\0".
    tiff.extend(1u16.to_le_bytes());
    tiff.extend(1u16.to_le_bytes());
    tiff.extend(2u16.to_le_bytes());
    tiff.extend(2u32.to_le_bytes());
    tiff.extend(b"N\0\0\0");
    tiff.extend(0u32.to_le_bytes());
    tiff
}

/// A 40 × 20 JPEG, red on the left half and blue on the right, stored sideways: its EXIF says
/// "turn 90° clockwise to show", and it carries a GPS tag.
fn sideways_photo_with_gps() -> Vec<u8> {
    let picture = image::RgbImage::from_fn(40, 20, |x, _| {
        if x < 20 {
            image::Rgb([220, 20, 20])
        } else {
            image::Rgb([20, 20, 220])
        }
    });
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(picture)
        .write_to(&mut Cursor::new(&mut jpeg), image::ImageFormat::Jpeg)
        .unwrap();
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend(exif_with_orientation_and_gps(6));
    let mut segment = vec![0xff, 0xe1];
    segment.extend(u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
    segment.extend(payload);
    let mut out = jpeg[..2].to_vec();
    out.extend(segment);
    out.extend(&jpeg[2..]);
    out
}

#[test]
fn an_imported_photo_is_stored_upright_with_no_exif_or_gps_left() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("sideways.jpg");
    let original = sideways_photo_with_gps();
    std::fs::write(&source, &original).unwrap();
    // The fixture really carries what the import must remove.
    let mut decoder = image::codecs::jpeg::JpegDecoder::new(Cursor::new(&original)).unwrap();
    assert_eq!(
        decoder.orientation().unwrap(),
        image::metadata::Orientation::Rotate90
    );
    assert!(decoder.exif_metadata().unwrap().is_some());

    let photos_dir = photos::photos_dir(&dir.path().join("data"));
    let record = photos::import(&source, &photos_dir, 1, date(2026, 12, 3)).unwrap();
    assert_eq!((record.width, record.height), (20, 40), "turned upright");

    let stored = std::fs::read(photos_dir.join(record.file_name())).unwrap();
    assert!(
        !stored.windows(4).any(|w| w == b"Exif") && !stored.windows(2).any(|w| w == [0xff, 0xe1]),
        "no EXIF segment in the stored copy"
    );
    let mut decoder = image::codecs::jpeg::JpegDecoder::new(Cursor::new(&stored)).unwrap();
    assert!(decoder.exif_metadata().unwrap().is_none());
    let upright = image::load_from_memory(&stored).unwrap().to_rgb8();
    let top = upright.get_pixel(10, 5);
    let bottom = upright.get_pixel(10, 34);
    assert!(top[0] > 150 && top[2] < 100, "red on top: {top:?}");
    assert!(bottom[2] > 150 && bottom[0] < 100, "blue below: {bottom:?}");
    assert_eq!(
        std::fs::read(&source).unwrap(),
        original,
        "the original is untouched"
    );
    assert!(photos_dir.join(photos::thumb_file_name(1)).exists());
}

#[test]
fn deleting_a_photo_s_files_leaves_no_orphan() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("photo.jpg");
    std::fs::write(&source, sideways_photo_with_gps()).unwrap();
    let photos_dir = photos::photos_dir(dir.path());
    let record = photos::import(&source, &photos_dir, 3, date(2026, 12, 3)).unwrap();
    let mut diary = skincare_guide::user_data::diary::Diary::default();
    diary.add_photo(record);
    assert!(photos::unknown_files(&photos_dir, &diary).is_empty());
    let removed = diary.remove_photo(3).unwrap();
    photos::delete_files(&photos_dir, removed.id).unwrap();
    assert_eq!(std::fs::read_dir(&photos_dir).unwrap().count(), 0);
}
