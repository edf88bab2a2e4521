#!/bin/bash
# One schema per owning service; the API reads the projector's schema with a read-only user and owns `portfolio`.
set -euo pipefail
mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS market;
CREATE DATABASE IF NOT EXISTS portfolio;
CREATE USER IF NOT EXISTS 'chart_projector'@'%' IDENTIFIED BY '${OLLASS_PROJECTOR_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON market.* TO 'chart_projector'@'%';
CREATE USER IF NOT EXISTS 'portfolio_api'@'%' IDENTIFIED BY '${OLLASS_API_DB_PASSWORD}';
GRANT SELECT ON market.* TO 'portfolio_api'@'%';
GRANT ALL PRIVILEGES ON portfolio.* TO 'portfolio_api'@'%';
FLUSH PRIVILEGES;
SQL
