pub mod export;
pub mod import;
pub mod init;
pub mod seed;
pub mod status;
