/** README.txt of the bundle (NL and EN): how to verify it with standard tools only. */
export function bundleReadme(caseRef: string, manifestSha256: string, fingerprint: string): string {
  return `BEWIJSKLUIS — DOSSIER ${caseRef}
=====================================

NEDERLANDS

Dit bestand is een dossier uit Bewijskluis. Het bevat:
  dossier.pdf        het leesbare dossier (PDF/A-2b)
  originals/         de oorspronkelijke bestanden, genoemd naar het bewijsstuk (zaak, nummer, platform)
  manifest.json      alle bewijsbestanden met SHA-256 en grootte, en de gegevens per bewijsstuk
                     (van een video ook de vPDQ-hash, in het formaat van ThreatExchange)
  manifest.sig       Ed25519-handtekening over manifest.json
  public-key.pem     de publieke sleutel van de kluis
  SHA256SUMS         SHA-256 van elk bestand in dit dossier
  SHA256SUMS.sig     Ed25519-handtekening over SHA256SUMS

SHA-256 van manifest.json: ${manifestSha256}
Vingerafdruk publieke sleutel: ${fingerprint}
Vergelijk deze vingerafdruk met wat de school u (bijvoorbeeld telefonisch) doorgeeft.

Controleren met standaardgereedschap (na uitpakken, in deze map):
  1. sha256sum -c SHA256SUMS
  2. openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig
  3. openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.json -sigfile manifest.sig
  4. openssl pkey -pubin -in public-key.pem -outform DER | sha256sum   (de vingerafdruk)
Of met Bewijskluis zelf, met de vingerafdruk die de school u gaf:
  bewijskluis verify --expect-key <vingerafdruk> <dit-bestand>.zip

ENGLISH

This file is a dossier exported from Bewijskluis. Contents as listed above; for a video,
manifest.json also holds its vPDQ hash in ThreatExchange's format.

SHA-256 of manifest.json: ${manifestSha256}
Public key fingerprint: ${fingerprint}
Compare this fingerprint with what the school tells you (for example by phone).

Verify with standard tools (after unzipping, in this folder):
  1. sha256sum -c SHA256SUMS
  2. openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig
  3. openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.json -sigfile manifest.sig
  4. openssl pkey -pubin -in public-key.pem -outform DER | sha256sum   (the fingerprint)
Or with Bewijskluis itself, with the fingerprint the school gave you:
  bewijskluis verify --expect-key <fingerprint> <this-file>.zip
`;
}
