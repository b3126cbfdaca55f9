//! The smallest eframe app: an empty window. `scripts/measure-startup` compares the guide's
//! start-up time and memory with it.

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Empty eframe window")
            .with_inner_size([960.0, 720.0]),
        ..Default::default()
    };
    eframe::run_native(
        "empty-window",
        options,
        Box::new(|_cc| Ok(Box::new(EmptyApp))),
    )
}

struct EmptyApp;

impl eframe::App for EmptyApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |_ui| {});
    }
}
