//! Any bytes in the user's data file: an error (the file is set aside) or data, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = skincare_guide::user_data::store::decode(data);
});
