//! The diary's photos as textures: decoded on one background thread when first drawn, cached,
//! and shown as a placeholder while loading or when the file is missing.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::system::background::Worker;
use crate::user_data::diary::photos::{self, Decoded, PhotoError};

/// How many pictures the cache keeps before it starts afresh: a few pages of thumbnails.
const MAX_CACHED: usize = 160;

/// The longest side a full photo is shown at (the stored copies are this size).
pub const FULL_SIDE_PX: u32 = photos::STORED_LONG_SIDE_PX;

/// Which of a photo's files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Size {
    /// The small copy, for the grid.
    Thumb,

    /// The stored copy, for the compare view.
    Full,
}

/// Where a picture is.
pub enum Slot {
    /// Being decoded.
    Loading,

    /// On the graphics card.
    Ready(egui::TextureHandle),

    /// Could not be read: the message says why.
    Missing(String),
}

type Key = (u64, Size);

/// The decoder: a file to decode at a size, and what came of it.
type Decoder = Worker<(Key, PathBuf), (Key, Result<Decoded, PhotoError>)>;

/// The cache and its decoder thread.
#[derive(Default)]
pub struct Textures {
    slots: HashMap<Key, Slot>,
    /// Started with the first picture asked for.
    decoder: Option<Decoder>,
    decoded_count: usize,
}

impl Textures {
    /// The picture of photo `id` at `size`, asking for it to be decoded on first use.
    pub fn get(
        &mut self,
        ctx: &egui::Context,
        dir: &std::path::Path,
        id: u64,
        size: Size,
    ) -> &Slot {
        self.receive(ctx);
        let key = (id, size);
        if !self.slots.contains_key(&key) {
            if self.slots.len() >= MAX_CACHED {
                self.slots.clear();
            }
            let name = match size {
                Size::Thumb => photos::thumb_file_name(id),
                Size::Full => photos::photo_file_name(id),
            };
            self.request(ctx, key, dir.join(name));
            self.slots.insert(key, Slot::Loading);
        }
        self.slots.get(&key).unwrap_or(&Slot::Loading)
    }

    /// Forgets a photo's pictures (after a delete).
    pub fn forget(&mut self, id: u64) {
        self.slots.retain(|(photo, _), _| *photo != id);
    }

    /// How many pictures have been decoded so far (benchmarks check only visible ones are).
    pub fn decoded_count(&self) -> usize {
        self.decoded_count
    }

    fn request(&mut self, ctx: &egui::Context, key: Key, path: PathBuf) {
        let decoder = self.decoder.get_or_insert_with(|| {
            let repaint = ctx.clone();
            Worker::new(
                "photo-decoder",
                move || repaint.request_repaint(),
                |(key, path): (Key, PathBuf)| {
                    let max_side = match key.1 {
                        Size::Thumb => photos::THUMB_LONG_SIDE_PX,
                        Size::Full => FULL_SIDE_PX,
                    };
                    (key, photos::decode_for_display(&path, max_side))
                },
            )
        });
        // The worker logs why it could not start; the picture stays a placeholder.
        let _ = decoder.send((key, path));
    }

    fn receive(&mut self, ctx: &egui::Context) {
        let done = self
            .decoder
            .as_mut()
            .map(Worker::results)
            .unwrap_or_default();
        for (key, result) in done {
            self.decoded_count += 1;
            let slot = match result {
                Ok(decoded) => {
                    let size = [decoded.width as usize, decoded.height as usize];
                    let image = egui::ColorImage::from_rgba_unmultiplied(size, &decoded.rgba);
                    Slot::Ready(ctx.load_texture(
                        format!("diary-photo-{}-{:?}", key.0, key.1),
                        image,
                        egui::TextureOptions::LINEAR,
                    ))
                }
                Err(err) => Slot::Missing(format!("{err:#}")),
            };
            // A picture forgotten meanwhile (deleted) is not brought back.
            if let Some(existing) = self.slots.get_mut(&key) {
                *existing = slot;
            }
        }
    }
}
