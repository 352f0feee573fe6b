pub mod export;
pub mod init;
pub mod seed;
pub mod status;
