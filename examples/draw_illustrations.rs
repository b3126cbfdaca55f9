//! Draws the app icon and the guide's illustrations into `assets/`, from code, so every picture
//! the app ships is our own: `cargo run --example draw_illustrations`.
//!
//! Each picture is drawn at twice its size and scaled down, which smooths its edges. Pictures
//! carry no text: the alt text in content.ron says what they show.
//!
//! `cargo run --example draw_illustrations -- --icons DIR` instead draws only the icon, at each
//! size of the hicolor icon theme, into `DIR/hicolor/NxN/apps/skincare-guide.png` (the packages'
//! icons, in `packaging/icons/`).

use image::{Rgba, RgbaImage, imageops};

/// Drawing is done at this multiple of the final size.
const SCALE: u32 = 2;

/// The icon sizes of the hicolor theme that the packages install, in pixels.
const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

struct Canvas {
    pixels: RgbaImage,

    /// Drawn pixels per unit of the drawing's coordinates.
    scale: f32,
}

impl Canvas {
    fn new(width: u32, height: u32, background: [u8; 4]) -> Self {
        Self::scaled(width, height, 1, background)
    }

    /// A canvas for a drawing `width` × `height` units large, saved at `zoom` pixels per unit.
    fn scaled(width: u32, height: u32, zoom: u32, background: [u8; 4]) -> Self {
        let pixel_scale = SCALE * zoom;
        Self {
            pixels: RgbaImage::from_pixel(
                width * pixel_scale,
                height * pixel_scale,
                Rgba(background),
            ),
            scale: pixel_scale as f32,
        }
    }

    /// Fills the pixels for which `inside(x, y)` holds (coordinates in drawing units).
    fn fill(&mut self, color: [u8; 4], inside: impl Fn(f32, f32) -> bool) {
        let scale = self.scale;
        for (x, y, pixel) in self.pixels.enumerate_pixels_mut() {
            if inside(x as f32 / scale, y as f32 / scale) {
                blend(pixel, color);
            }
        }
    }

    fn rounded_rect(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        radius: f32,
        color: [u8; 4],
    ) {
        self.fill(color, |px, py| {
            let cx = px.clamp(x + radius, x + width - radius);
            let cy = py.clamp(y + radius, y + height - radius);
            (px - cx).powi(2) + (py - cy).powi(2) <= radius * radius
                && px >= x
                && px <= x + width
                && py >= y
                && py <= y + height
        });
    }

    fn circle(&mut self, cx: f32, cy: f32, radius: f32, color: [u8; 4]) {
        self.fill(color, |px, py| {
            (px - cx).powi(2) + (py - cy).powi(2) <= radius * radius
        });
    }

    /// A thick line with round ends.
    fn line(&mut self, from: (f32, f32), to: (f32, f32), width: f32, color: [u8; 4]) {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let length_squared = (dx * dx + dy * dy).max(f32::EPSILON);
        let half = width / 2.0;
        self.fill(color, |px, py| {
            let t = (((px - from.0) * dx + (py - from.1) * dy) / length_squared).clamp(0.0, 1.0);
            let (nx, ny) = (from.0 + t * dx, from.1 + t * dy);
            (px - nx).powi(2) + (py - ny).powi(2) <= half * half
        });
    }

    /// The region between `top(x)` and `bottom` (a filled band under a curve).
    fn under_curve(&mut self, top: impl Fn(f32) -> f32, bottom: f32, color: [u8; 4]) {
        self.fill(color, |px, py| py >= top(px) && py < bottom);
    }

    fn save(self, path: &str) {
        let width = self.pixels.width() / SCALE;
        let height = self.pixels.height() / SCALE;
        self.save_at(path, width, height);
    }

    /// Saves the drawing scaled to `width` × `height` pixels.
    fn save_at(self, path: &str, width: u32, height: u32) {
        let small = imageops::resize(&self.pixels, width, height, imageops::FilterType::Lanczos3);
        if let Err(err) = small.save(path) {
            panic!("cannot write {path}: {err}");
        }
        println!("wrote {path} ({width}×{height})");
    }
}

fn blend(pixel: &mut Rgba<u8>, color: [u8; 4]) {
    let alpha = f32::from(color[3]) / 255.0;
    for (under, over) in pixel.0.iter_mut().zip(color).take(3) {
        let (from, to) = (f32::from(*under), f32::from(over));
        *under = (from + (to - from) * alpha).round() as u8;
    }
    pixel.0[3] = pixel.0[3].max(color[3]);
}

const PAPER: [u8; 4] = [0xfb, 0xf8, 0xf3, 0xff];
const EPIDERMIS: [u8; 4] = [0xf3, 0xc9, 0xa9, 0xff];
const DERMIS: [u8; 4] = [0xe8, 0x9f, 0x95, 0xff];
const FAT: [u8; 4] = [0xf5, 0xe0, 0x8e, 0xff];
const STEEL: [u8; 4] = [0x5d, 0x6b, 0x7a, 0xff];
const COLLAGEN: [u8; 4] = [0xff, 0xf4, 0xe8, 0xd0];
const TEAL: [u8; 4] = [0x1f, 0x7a, 0x8c, 0xff];
const TEAL_LIGHT: [u8; 4] = [0x9f, 0xd3, 0xdc, 0xff];
const INK: [u8; 4] = [0x33, 0x33, 0x33, 0xff];

/// The icon for the app's window and `assets/`.
fn icon() {
    draw_icon(Canvas::new(256, 256, [0, 0, 0, 0])).save("assets/icon.png");
}

/// The icon at every hicolor size, drawn from a canvas at least as large, into `dir`.
fn hicolor_icons(dir: &str) {
    for size in ICON_SIZES {
        let folder = format!("{dir}/hicolor/{size}x{size}/apps");
        if let Err(err) = std::fs::create_dir_all(&folder) {
            panic!("cannot create {folder}: {err}");
        }
        let zoom = size.div_ceil(256);
        let canvas = draw_icon(Canvas::scaled(256, 256, zoom, [0, 0, 0, 0]));
        canvas.save_at(&format!("{folder}/skincare-guide.png"), size, size);
    }
}

/// A pen-shaped microneedling device over a strip of skin, on a teal tile (256 units square).
fn draw_icon(mut canvas: Canvas) -> Canvas {
    canvas.rounded_rect(8.0, 8.0, 240.0, 240.0, 48.0, TEAL);
    // Skin: two layers along the bottom of the tile.
    let across = |x: f32| x > 24.0 && x < 232.0;
    canvas.fill(EPIDERMIS, |x, y| across(x) && y > 168.0 && y < 190.0);
    canvas.fill(DERMIS, |x, y| across(x) && (190.0..224.0).contains(&y));
    // Micro-channels left in the skin.
    for x in [70.0, 96.0, 122.0] {
        canvas.line((x, 170.0), (x, 200.0), 4.0, [0x9a, 0x3b, 0x3b, 0xff]);
    }
    // The pen, tilted, with its needle tip touching the skin.
    canvas.line(
        (150.0, 150.0),
        (206.0, 48.0),
        34.0,
        [0xf7, 0xf7, 0xf7, 0xff],
    );
    canvas.line((150.0, 150.0), (162.0, 128.0), 34.0, TEAL_LIGHT);
    for offset in [-8.0, 0.0, 8.0] {
        canvas.line((150.0 + offset, 150.0), (146.0 + offset, 168.0), 3.0, STEEL);
    }
    canvas
}

/// A cross-section of skin: needles make fine channels down to the dermis, and new collagen
/// forms around them.
fn skin_layers() {
    let (width, height) = (720.0, 300.0);
    let mut canvas = Canvas::new(720, 300, PAPER);
    let surface = |x: f32| 110.0 + 3.0 * (x / 60.0).sin();
    canvas.under_curve(surface, height, EPIDERMIS);
    canvas.under_curve(|x| 150.0 + 4.0 * (x / 80.0).sin(), height, DERMIS);
    canvas.under_curve(|x| 250.0 + 5.0 * (x / 90.0).cos(), height, FAT);
    // Collagen fibres in the dermis, thicker around the channels.
    for row in 0..5 {
        let y0 = 165.0 + row as f32 * 16.0;
        for segment in 0..70 {
            let x = segment as f32 * 10.5;
            let wave = |x: f32| y0 + 4.0 * (x / 14.0 + row as f32).sin();
            canvas.line((x, wave(x)), (x + 10.5, wave(x + 10.5)), 2.0, COLLAGEN);
        }
    }
    // The needle tip above the skin, and the channels it left.
    for (index, x) in [180.0, 240.0, 300.0, 360.0, 420.0, 480.0, 540.0]
        .into_iter()
        .enumerate()
    {
        let depth = 205.0 + 6.0 * (index as f32).sin();
        canvas.line((x, surface(x)), (x, depth), 5.0, [0x9a, 0x3b, 0x3b, 0xe0]);
        canvas.circle(x, depth, 9.0, [0xff, 0xf4, 0xe8, 0x90]);
    }
    canvas.rounded_rect(150.0, 20.0, 420.0, 36.0, 14.0, [0xe9, 0xee, 0xf2, 0xff]);
    for x in [180.0, 240.0, 300.0, 360.0, 420.0, 480.0, 540.0] {
        canvas.line((x, 56.0), (x, 86.0), 3.0, STEEL);
    }
    canvas.line(
        (0.0, height - 1.0),
        (width, height - 1.0),
        2.0,
        [0, 0, 0, 0x20],
    );
    canvas.save("assets/illustrations/skin-layers.png");
}

/// The surface of the skin over an acne scar, before and after a course of treatment: the pit
/// is shallower afterwards, but still there.
fn scar_before_after() {
    let mut canvas = Canvas::new(720, 260, PAPER);
    let draw_skin = |canvas: &mut Canvas, left: f32, pit_depth: f32| {
        let surface = move |x: f32| {
            let distance = (x - (left + 150.0)) / 48.0;
            90.0 + pit_depth * (-distance * distance).exp()
        };
        canvas.fill(EPIDERMIS, move |x, y| {
            x >= left && x < left + 300.0 && y >= surface(x) && y < 150.0
        });
        canvas.fill(DERMIS, move |x, y| {
            x >= left && x < left + 300.0 && y >= 150.0_f32.max(surface(x)) && y < 240.0
        });
        for step in 0..60 {
            let x = left + step as f32 * 5.0;
            canvas.line((x, surface(x)), (x + 5.0, surface(x + 5.0)), 3.0, INK);
        }
    };
    draw_skin(&mut canvas, 30.0, 70.0);
    draw_skin(&mut canvas, 390.0, 28.0);
    // New collagen under the treated scar.
    for (x, y) in [
        (510.0, 170.0),
        (540.0, 185.0),
        (570.0, 172.0),
        (525.0, 205.0),
        (560.0, 210.0),
    ] {
        canvas.circle(x, y, 10.0, COLLAGEN);
    }
    // An arrow from before to after.
    canvas.line((338.0, 120.0), (380.0, 120.0), 6.0, TEAL);
    canvas.line((380.0, 120.0), (366.0, 106.0), 6.0, TEAL);
    canvas.line((380.0, 120.0), (366.0, 134.0), 6.0, TEAL);
    canvas.save("assets/illustrations/scar-before-after.png");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, dir] = args.as_slice()
        && flag == "--icons"
    {
        hicolor_icons(dir);
        return;
    }
    icon();
    skin_layers();
    scar_before_after();
}
