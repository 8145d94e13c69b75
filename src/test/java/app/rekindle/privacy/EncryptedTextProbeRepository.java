package app.rekindle.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

interface EncryptedTextProbeRepository extends JpaRepository<EncryptedTextProbe, Long> {

}
