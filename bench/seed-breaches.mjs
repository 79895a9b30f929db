// Bulk-inserts N breaches (with their obligations) straight into a migrated database, for the
// latency and export benchmarks. Not a product path: registrations normally go through the API.
export async function seedBreaches(db, n, prefix = 'DL-2097-') {
  const [{ id: officer }] = (await db.query(`SELECT id FROM users WHERE email = 'officer@lekwacht.test'`)).rows;
  const causes = [
    'hacking',
    'malware',
    'lost_or_stolen_device',
    'misdirected_mail',
    'employee_error',
    'insider_misuse',
    'social_engineering',
    'other',
  ];
  const words = [
    'laptop',
    'e-mail',
    'ransomware',
    'phishing',
    'post',
    'usb-stick',
    'database',
    'backup',
    'wachtwoord',
    'klantportaal',
  ];
  await db.query(
    `WITH b AS (
       INSERT INTO breaches (reference, title, description, cause, discovered_at, escalation_policy, created_by_id, version, facts)
       SELECT $3 || lpad(g::text, 6, '0'),
              initcap(($5::text[])[1 + g % 10]) || ' incident ' || g,
              'Beschrijving van incident ' || g || ' met ' || ($5::text[])[1 + (g * 7) % 10],
              ($4::text[])[1 + g % 8],
              now() - make_interval(hours => g % 20000),
              '{"steps":[],"acknowledgementTimeoutHours":2}', $2, 1,
              jsonb_build_object('role', 'controller', 'dataCategories', jsonb_build_array('contact'), 'subjectsCount', g % 5000)
         FROM generate_series(1, $1) g
       RETURNING id, discovered_at)
     INSERT INTO obligations (breach_id, kind, basis, due_at, state, late)
     SELECT id, k.kind, k.basis, CASE WHEN k.kind = 'authority' THEN discovered_at + interval '72 hours' END, 'open', false
       FROM b CROSS JOIN (VALUES ('authority', 'statutory'), ('data_subjects', 'without_undue_delay')) AS k(kind, basis)`,
    [n, officer, prefix, causes, words],
  );
  // As autovacuum would soon after a bulk load: statistics, the visibility map (index-only
  // counts) and the GIN pending lists of the search indexes merged into the indexes.
  await db.query('VACUUM ANALYZE');
}
