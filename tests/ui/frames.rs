//! How frames are drawn: long pages lay out only what is near the screen, without taking
//! anything from keyboard or screen-reader users, and an idle window asks for no repaint. Driven
//! through a plain egui context, as eframe does with no screen reader connected (egui_kittest
//! always connects one).

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use egui::accesskit::Role;
use skincare_guide::content;
use skincare_guide::user_data::tab::Tab;
use skincare_guide::{AppConfig, GuideApp};

use crate::common::{TODAY, shipped_guide};

struct Window {
    ctx: egui::Context,
    app: GuideApp,
    input: egui::RawInput,
    _dir: tempfile::TempDir,
}

impl Window {
    fn new(height: f32, tab: Tab) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let config = AppConfig {
            content: content::load_embedded(TODAY),
            data_dir: dir.path().to_owned(),
            today: Some(TODAY),
        };
        let ctx = egui::Context::default();
        let mut app = GuideApp::with_context(&ctx, config);
        app.open_tab(tab);
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1024.0, height),
            )),
            ..Default::default()
        };
        let mut window = Self {
            ctx,
            app,
            input,
            _dir: dir,
        };
        // Two frames: the first measures every part, the second can leave far ones out.
        window.frame(Vec::new());
        window.frame(Vec::new());
        window
    }

    fn frame(&mut self, events: Vec<egui::Event>) -> egui::FullOutput {
        let mut input = self.input.clone();
        input.events = events;
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| app.show(ui));
        // No renderer here to upload font textures to.
        output.textures_delta.clear();
        output
    }

    fn shape_count(&mut self) -> usize {
        self.frame(Vec::new()).shapes.len()
    }

    fn press_tab(&mut self) -> Option<egui::Id> {
        let key = |pressed| egui::Event::Key {
            key: egui::Key::Tab,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        };
        self.frame(vec![key(true), key(false)]);
        self.frame(Vec::new());
        self.ctx.memory(|memory| memory.focused())
    }
}

#[test]
fn parts_far_from_view_are_not_drawn() {
    let mut short = Window::new(500.0, Tab::Checklist);
    let mut tall = Window::new(20_000.0, Tab::Checklist);
    let (few, all) = (short.shape_count(), tall.shape_count());
    assert!(
        few * 2 < all,
        "{few} shapes in a short window, {all} in a tall one"
    );
}

#[test]
fn tab_reaches_every_control_in_the_same_order_as_without_culling() {
    // 500 points: short enough to cull, tall enough to keep the header pinned (as in the tall
    // window), so the two lay out the same widgets with the same ids.
    let mut short = Window::new(500.0, Tab::Checklist);
    let mut tall = Window::new(20_000.0, Tab::Checklist);
    let mut short_order = Vec::new();
    let mut tall_order = Vec::new();
    for _ in 0..150 {
        short_order.push(short.press_tab());
        tall_order.push(tall.press_tab());
    }
    assert!(
        short_order.iter().flatten().count() > 100,
        "Tab moves the focus"
    );
    assert_eq!(short_order, tall_order);
}

#[test]
fn with_a_screen_reader_every_item_is_in_the_tree_however_short_the_window() {
    let mut window = Window::new(400.0, Tab::Checklist);
    window.ctx.enable_accesskit();
    window.frame(Vec::new());
    let output = window.frame(Vec::new());
    let update = output.platform_output.accesskit_update.unwrap();
    let checkboxes = update
        .nodes
        .iter()
        .filter(|(_, node)| node.role() == Role::CheckBox)
        .count();
    let guide = shipped_guide();
    // Tasks are checkboxes; rules, which are never ticked, are their text.
    let (rules, tasks): (Vec<_>, Vec<_>) = guide
        .checklist_items()
        .map(|(_, item)| item)
        .partition(|item| item.is_rule());
    assert_eq!(checkboxes, tasks.len());
    for rule in rules {
        let shown = update.nodes.iter().any(|(_, node)| {
            node.value() == Some(rule.text.as_str()) || node.label() == Some(rule.text.as_str())
        });
        assert!(shown, "{} is in the tree", rule.text);
    }
}

#[test]
fn an_idle_window_requests_no_repaint_on_any_tab() {
    for tab in Tab::ALL {
        let mut window = Window::new(768.0, tab);
        // Let any opening animation finish.
        for _ in 0..20 {
            window.frame(Vec::new());
        }
        let output = window.frame(Vec::new());
        let delay = output.viewport_output[&egui::ViewportId::ROOT].repaint_delay;
        assert_eq!(
            delay,
            std::time::Duration::MAX,
            "{tab:?} asks for a repaint after {delay:?}"
        );
    }
}
