//! Tests of photo import: refused files, damaged and huge pictures, scaling, and files left
//! in the photo folder.

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
