// The official English titles of the WSIS action lines C1-C11, copied from the spec
// (../shared/spec, conventions section 5, current wording): the tests hold the seeds and the
// snippets to these, so neither is checked against itself.
export const ACTION_LINE_TITLES_EN: readonly string[] = [
  'The role of public governance authorities and all stakeholders in the promotion of ICTs for development',
  'Information and communication infrastructure',
  'Access to information and knowledge',
  'Capacity building',
  'Building confidence and security in the use of ICTs',
  'Enabling environment',
  'ICT applications: e-government, e-business, e-learning, e-health, e-employment, e-environment, e-agriculture, e-science',
  'Cultural diversity and identity, linguistic diversity and local content',
  'Media',
  'Ethical dimensions of the Information Society',
  'International and regional cooperation',
];
