//! Any bytes given as a content file: an error or a guide, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let today = jiff::civil::date(2026, 11, 25);
    if let Ok((guide, _)) = skincare_guide::content::parse_bytes(data, today) {
        // A guide that loads must also be searchable.
        let index = skincare_guide::content::search::SearchIndex::build(&guide);
        let _ = index.search("sun");
    }
});
