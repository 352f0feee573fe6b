pub mod add;
pub mod check;
pub mod init;
pub mod seed;
pub mod status;
pub mod update;
