pub mod init;
pub mod list;
pub mod seed;
pub mod status;
