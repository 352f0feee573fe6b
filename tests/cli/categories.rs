use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

#[test]
fn categories_as_a_table() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["categories"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug                   name                   parent                 aliases            hs_codes
    agricultural-products  Agricultural products                                            01-24
    fruit                  Fruit                  agricultural-products  fruits             08
    wine                   Wine                   agricultural-products                     2204
    apparel                Apparel                                       clothes; garments  61-62

    ----- stderr -----
    ");
}

#[test]
fn categories_in_csv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "categories"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,name,parent,aliases,hs_codes
    agricultural-products,Agricultural products,,,01-24
    fruit,Fruit,agricultural-products,fruits,'08
    wine,Wine,agricultural-products,,2204
    apparel,Apparel,,clothes; garments,61-62

    ----- stderr -----
    ");
}

#[test]
fn categories_in_tsv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "categories"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug	name	parent	aliases	hs_codes
    agricultural-products	Agricultural products			01-24
    fruit	Fruit	agricultural-products	fruits	'08
    wine	Wine	agricultural-products		2204
    apparel	Apparel		clothes; garments	61-62

    ----- stderr -----
    ");
}

#[test]
fn categories_in_json() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "categories"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "slug": "agricultural-products",
        "name": "Agricultural products",
        "parent": null,
        "aliases": [],
        "hs_codes": [
          {
            "from": "01",
            "to": "24"
          }
        ]
      },
      {
        "slug": "fruit",
        "name": "Fruit",
        "parent": "agricultural-products",
        "aliases": [
          "fruits"
        ],
        "hs_codes": [
          {
            "from": "08",
            "to": "08"
          }
        ]
      },
      {
        "slug": "wine",
        "name": "Wine",
        "parent": "agricultural-products",
        "aliases": [],
        "hs_codes": [
          {
            "from": "2204",
            "to": "2204"
          }
        ]
      },
      {
        "slug": "apparel",
        "name": "Apparel",
        "parent": null,
        "aliases": [
          "clothes",
          "garments"
        ],
        "hs_codes": [
          {
            "from": "61",
            "to": "62"
          }
        ]
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn categories_of_an_empty_database_prints_headers_or_an_empty_array() {
    let db = TestDb::empty();
    assert!(db.cmd(&["init"]).output().unwrap().status.success());
    assert_cmd_snapshot!(db.cmd(&["categories"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug  name  parent  aliases  hs_codes

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "categories"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    []

    ----- stderr -----
    ");
}
