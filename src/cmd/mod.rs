pub mod init;
pub mod list;
pub mod seed;
pub mod show;
pub mod status;
pub mod timeline;
