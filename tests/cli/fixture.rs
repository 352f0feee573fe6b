//! Test data beyond the seeds, so that filters have pledges to tell apart.
//!
//! The seeds hold one pledge; these add three more through plain SQL, cited to a placeholder
//! source. They are test data, not research:
//!
//! - `taobao-wine-sales`: Taobao (a subsidiary of Alibaba), by Jack Ma to Donald Trump, made
//!   2017-03-01, deadline 2018-12-31, category wine; announced 2017-03-01, withdrawn
//!   2018-06-30 (business_change).
//! - `acme-ohio-plant`: Acme Motors, by Jane Roe to Donald Trump, made 2018-05-01, deadline
//!   2020-12-31, no category; announced 2018-05-01, stalled 2019-09-01: overdue since 2021.
//! - `acme-training`: Acme Motors, by Jane Roe, made 2019-02-01, no deadline, category
//!   apparel; no status yet.

use crate::TestDb;

const MORE_PLEDGES: &str = "
INSERT INTO sources (slug, kind, title, url)
VALUES ('test-notes', 'document', 'Notes made up for the tests', 'https://example.org/test-notes');

INSERT INTO companies (slug, name, country, parent_id)
VALUES ('taobao', 'Taobao', 'CN', (SELECT id FROM companies WHERE slug = 'alibaba')),
       ('acme-motors', 'Acme Motors', 'US', NULL);
INSERT INTO officials (slug, name) VALUES ('jane-roe', 'Jane Roe');

INSERT INTO pledges (slug, title, description, kind, made_on, formality, deadline)
VALUES ('taobao-wine-sales', 'Taobao to sell US wine', 'Taobao will sell wine from California.',
        'purchase', '2017-03-01', 'verbal', '2018-12-31'),
       ('acme-ohio-plant', 'Acme Motors to build a plant in Ohio', NULL, 'investment', '2018-05-01',
        'written_statement', '2020-12-31'),
       ('acme-training', 'Acme Motors to train workers', NULL, 'other', '2019-02-01', 'verbal', NULL);
INSERT INTO pledge_parties (pledge_id, role, company_id, official_id)
SELECT p.id, 'pledger', c.id, NULL FROM pledges p, companies c
WHERE (p.slug, c.slug) IN (VALUES ('taobao-wine-sales', 'taobao'), ('acme-ohio-plant', 'acme-motors'),
                                  ('acme-training', 'acme-motors'))
UNION ALL
SELECT p.id, 'made_by', NULL, o.id FROM pledges p, officials o
WHERE (p.slug, o.slug) IN (VALUES ('taobao-wine-sales', 'jack-ma'), ('acme-ohio-plant', 'jane-roe'),
                                  ('acme-training', 'jane-roe'))
UNION ALL
SELECT p.id, 'made_to', NULL, o.id FROM pledges p, officials o
WHERE (p.slug, o.slug) IN (VALUES ('taobao-wine-sales', 'donald-trump'),
                                  ('acme-ohio-plant', 'donald-trump'));

INSERT INTO pledge_targets (pledge_id, metric, amount, unit, qualifier)
VALUES ((SELECT id FROM pledges WHERE slug = 'taobao-wine-sales'), 'exports', 100000000, 'USD', 'up_to'),
       ((SELECT id FROM pledges WHERE slug = 'acme-ohio-plant'), 'jobs', 2000, '', 'at_least'),
       ((SELECT id FROM pledges WHERE slug = 'acme-ohio-plant'), 'investment', 500000000, 'USD', NULL),
       ((SELECT id FROM pledges WHERE slug = 'acme-training'), 'people_trained', 300, '', NULL);
INSERT INTO pledge_categories (pledge_id, category_id)
VALUES ((SELECT id FROM pledges WHERE slug = 'taobao-wine-sales'), (SELECT id FROM categories WHERE slug = 'wine')),
       ((SELECT id FROM pledges WHERE slug = 'acme-training'), (SELECT id FROM categories WHERE slug = 'apparel'));

INSERT INTO status_history (pledge_id, as_of, status, reason, source_id, quote)
VALUES ((SELECT id FROM pledges WHERE slug = 'taobao-wine-sales'), '2017-03-01', 'announced', NULL,
        (SELECT id FROM sources WHERE slug = 'test-notes'), 'Taobao will sell US wine'),
       ((SELECT id FROM pledges WHERE slug = 'taobao-wine-sales'), '2018-06-30', 'withdrawn',
        'business_change', (SELECT id FROM sources WHERE slug = 'test-notes'), 'Taobao drops the wine plan'),
       ((SELECT id FROM pledges WHERE slug = 'acme-ohio-plant'), '2018-05-01', 'announced', NULL,
        (SELECT id FROM sources WHERE slug = 'test-notes'), 'Acme will build in Ohio'),
       ((SELECT id FROM pledges WHERE slug = 'acme-ohio-plant'), '2019-09-01', 'stalled', NULL,
        (SELECT id FROM sources WHERE slug = 'test-notes'), 'work on the Ohio plant has stopped');
";

/// The seeded database plus the three test pledges above.
pub fn more_pledges() -> TestDb {
    let db = TestDb::seeded();
    let conn = rusqlite::Connection::open(db.db_file()).expect("opening the test database");
    conn.execute_batch(MORE_PLEDGES).expect("adding the test pledges");
    db
}
