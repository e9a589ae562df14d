-- Working-day calendar (工作日历): statutory limits count working days on the Chinese calendar.
-- Only the exceptions are stored: an ordinary Monday-Friday is a working day, an ordinary
-- Saturday/Sunday is not. A year whose official schedule is not CONFIRMED counts weekends only.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.

CREATE TABLE calendar_year (
    calendar_year INT          NOT NULL PRIMARY KEY,
    status        VARCHAR(20)  NOT NULL,
    source        VARCHAR(300),
    updated_by    VARCHAR(64),
    -- DATETIME, in UTC: MySQL's TIMESTAMP ends in 2038 and records are kept 15 years or more
    updated_at    DATETIME     NULL,
    CONSTRAINT ck_calendar_year_status CHECK (status IN ('CONFIRMED', 'UNCONFIRMED'))
);

CREATE TABLE calendar_day (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    calendar_date DATE         NOT NULL,
    -- true: make-up workday on a weekend (调休上班日); false: public holiday (放假)
    working       BOOLEAN      NOT NULL,
    name          VARCHAR(100) NOT NULL,
    calendar_year INT          NOT NULL,
    CONSTRAINT uk_calendar_day_date UNIQUE (calendar_date),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (calendar_year) REFERENCES calendar_year (calendar_year),
    CONSTRAINT ck_calendar_day_in_year CHECK (calendar_year = EXTRACT(YEAR FROM calendar_date))
);

INSERT INTO calendar_year (calendar_year, status, source, updated_by, updated_at) VALUES
    (2025, 'CONFIRMED', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', 'flyway', TIMESTAMP '2025-11-05 00:00:00'),
    (2026, 'CONFIRMED', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）', 'flyway', TIMESTAMP '2025-11-05 00:00:00'),
    -- not published when this was written: weekends only until an administrator enters it
    (2027, 'UNCONFIRMED', NULL, 'flyway', TIMESTAMP '2025-11-05 00:00:00');

-- 2025 (国办发明电〔2024〕12号)
INSERT INTO calendar_day (calendar_date, working, name, calendar_year) VALUES
    (DATE '2025-01-01', FALSE, '元旦', 2025),
    (DATE '2025-01-26', TRUE,  '春节调休上班', 2025),
    (DATE '2025-01-28', FALSE, '春节', 2025),
    (DATE '2025-01-29', FALSE, '春节', 2025),
    (DATE '2025-01-30', FALSE, '春节', 2025),
    (DATE '2025-01-31', FALSE, '春节', 2025),
    (DATE '2025-02-01', FALSE, '春节', 2025),
    (DATE '2025-02-02', FALSE, '春节', 2025),
    (DATE '2025-02-03', FALSE, '春节', 2025),
    (DATE '2025-02-04', FALSE, '春节', 2025),
    (DATE '2025-02-08', TRUE,  '春节调休上班', 2025),
    (DATE '2025-04-04', FALSE, '清明节', 2025),
    (DATE '2025-04-05', FALSE, '清明节', 2025),
    (DATE '2025-04-06', FALSE, '清明节', 2025),
    (DATE '2025-04-27', TRUE,  '劳动节调休上班', 2025),
    (DATE '2025-05-01', FALSE, '劳动节', 2025),
    (DATE '2025-05-02', FALSE, '劳动节', 2025),
    (DATE '2025-05-03', FALSE, '劳动节', 2025),
    (DATE '2025-05-04', FALSE, '劳动节', 2025),
    (DATE '2025-05-05', FALSE, '劳动节', 2025),
    (DATE '2025-05-31', FALSE, '端午节', 2025),
    (DATE '2025-06-01', FALSE, '端午节', 2025),
    (DATE '2025-06-02', FALSE, '端午节', 2025),
    (DATE '2025-09-28', TRUE,  '国庆节、中秋节调休上班', 2025),
    (DATE '2025-10-01', FALSE, '国庆节、中秋节', 2025),
    (DATE '2025-10-02', FALSE, '国庆节、中秋节', 2025),
    (DATE '2025-10-03', FALSE, '国庆节、中秋节', 2025),
    (DATE '2025-10-04', FALSE, '国庆节、中秋节', 2025),
    (DATE '2025-10-05', FALSE, '国庆节、中秋节', 2025),
    (DATE '2025-10-06', FALSE, '国庆节、中秋节', 2025),
    (DATE '2025-10-07', FALSE, '国庆节、中秋节', 2025),
    (DATE '2025-10-08', FALSE, '国庆节、中秋节', 2025),
    (DATE '2025-10-11', TRUE,  '国庆节、中秋节调休上班', 2025);

-- 2026 (国办发明电〔2025〕7号)
INSERT INTO calendar_day (calendar_date, working, name, calendar_year) VALUES
    (DATE '2026-01-01', FALSE, '元旦', 2026),
    (DATE '2026-01-02', FALSE, '元旦', 2026),
    (DATE '2026-01-03', FALSE, '元旦', 2026),
    (DATE '2026-01-04', TRUE,  '元旦调休上班', 2026),
    (DATE '2026-02-14', TRUE,  '春节调休上班', 2026),
    (DATE '2026-02-15', FALSE, '春节', 2026),
    (DATE '2026-02-16', FALSE, '春节', 2026),
    (DATE '2026-02-17', FALSE, '春节', 2026),
    (DATE '2026-02-18', FALSE, '春节', 2026),
    (DATE '2026-02-19', FALSE, '春节', 2026),
    (DATE '2026-02-20', FALSE, '春节', 2026),
    (DATE '2026-02-21', FALSE, '春节', 2026),
    (DATE '2026-02-22', FALSE, '春节', 2026),
    (DATE '2026-02-23', FALSE, '春节', 2026),
    (DATE '2026-02-28', TRUE,  '春节调休上班', 2026),
    (DATE '2026-04-04', FALSE, '清明节', 2026),
    (DATE '2026-04-05', FALSE, '清明节', 2026),
    (DATE '2026-04-06', FALSE, '清明节', 2026),
    (DATE '2026-05-01', FALSE, '劳动节', 2026),
    (DATE '2026-05-02', FALSE, '劳动节', 2026),
    (DATE '2026-05-03', FALSE, '劳动节', 2026),
    (DATE '2026-05-04', FALSE, '劳动节', 2026),
    (DATE '2026-05-05', FALSE, '劳动节', 2026),
    (DATE '2026-05-09', TRUE,  '劳动节调休上班', 2026),
    (DATE '2026-06-19', FALSE, '端午节', 2026),
    (DATE '2026-06-20', FALSE, '端午节', 2026),
    (DATE '2026-06-21', FALSE, '端午节', 2026),
    (DATE '2026-09-20', TRUE,  '国庆节调休上班', 2026),
    (DATE '2026-09-25', FALSE, '中秋节', 2026),
    (DATE '2026-09-26', FALSE, '中秋节', 2026),
    (DATE '2026-09-27', FALSE, '中秋节', 2026),
    (DATE '2026-10-01', FALSE, '国庆节', 2026),
    (DATE '2026-10-02', FALSE, '国庆节', 2026),
    (DATE '2026-10-03', FALSE, '国庆节', 2026),
    (DATE '2026-10-04', FALSE, '国庆节', 2026),
    (DATE '2026-10-05', FALSE, '国庆节', 2026),
    (DATE '2026-10-06', FALSE, '国庆节', 2026),
    (DATE '2026-10-07', FALSE, '国庆节', 2026),
    (DATE '2026-10-10', TRUE,  '国庆节调休上班', 2026);
