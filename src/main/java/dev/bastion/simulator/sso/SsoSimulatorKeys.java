package dev.bastion.simulator.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.bastion.simulator.SimDb;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.text.ParseException;

/**
 * The simulated SSO's RS256 signing key, made once and kept in the database so that tokens issued
 * before a restart still verify. CCP's key id is "JWT-Signature-Key".
 */
@ApplicationScoped
public class SsoSimulatorKeys {

    static final String KID = "JWT-Signature-Key";

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    private volatile RSAKey key;

    public RSAKey signingKey() {
        RSAKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
                k = key;
            }
        }
        return k;
    }

    private RSAKey loadOrCreate() {
        SimDb db = new SimDb(dataSource);
        try {
            String stored = db.one("SELECT jwk FROM sim_sso_key WHERE kid = ?", rs -> rs.getString(1), KID);
            if (stored == null) {
                RSAKey generated = new RSAKeyGenerator(2048).keyID(KID).keyUse(KeyUse.SIGNATURE)
                        .algorithm(com.nimbusds.jose.JWSAlgorithm.RS256).generate();
                db.update("INSERT INTO sim_sso_key (kid, jwk) VALUES (?, ?) ON CONFLICT DO NOTHING", KID,
                        generated.toJSONString());
                stored = db.one("SELECT jwk FROM sim_sso_key WHERE kid = ?", rs -> rs.getString(1), KID);
            }
            return RSAKey.parse(stored);
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("Cannot make the simulator's SSO key", e);
        }
    }
}
