package fr.infotools.extranet;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread sends to the database while it runs some
 * work: the application's {@link DataSource} is wrapped so that every statement prepared
 * or created on its connections is counted. A request run through MockMvc runs on the
 * test's thread, so its count is exact.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

	/** How many statements the work sent. */
	public static int count(Work work) throws Exception {
		COUNT.set(new int[1]);
		try {
			work.run();
			return COUNT.get()[0];
		}
		finally {
			COUNT.remove();
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, (method, result) -> (result instanceof Connection connection)
					? proxy(Connection.class, connection, StatementCounter::counted) : result);
		}
		return bean;
	}

	private static Object counted(Method method, Object result) {
		int[] count = COUNT.get();
		if (count != null && STATEMENTS.contains(method.getName())) {
			count[0]++;
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Then then) {
		InvocationHandler handler = (proxy, method, args) -> {
			try {
				return then.apply(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	/** What to return instead of a call's result. */
	private interface Then {

		Object apply(Method method, Object result);

	}

	/** Work that may throw. */
	public interface Work {

		void run() throws Exception;

	}

}
