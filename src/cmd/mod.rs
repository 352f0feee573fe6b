pub mod add;
pub mod check;
pub mod export;
pub mod import;
pub mod init;
pub mod seed;
pub mod status;
pub mod update;
