//! The daily reminder: what is due today, once a day, as a desktop notification, from the
//! open window or from the login entry.

pub mod autostart;
pub mod daily;
pub mod due;
pub mod notification;
