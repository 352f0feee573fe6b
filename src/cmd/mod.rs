pub mod add;
pub mod init;
pub mod seed;
pub mod status;
pub mod update;
