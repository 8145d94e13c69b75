package app.rekindle.trial;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrialPeriodRepository extends JpaRepository<TrialPeriod, Long> {

}
